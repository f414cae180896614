// What the saved Upwork job details and public pages show, read by hand from each page.
// Values marked "state" are not visible text: they come from the page's embedded Nuxt
// state (exact publish time, Connects price, category, skills hidden behind "+N").
import type { PageCase } from '../expect-listing';

export const JOB_PAGES: PageCase[] = [
  {
    // 2024-08: hourly range in BudgetAmount, 'Required Connects to submit a proposal: 22'.
    file: 'upwork-job-2024-08-hourly.html',
    url: 'https://www.upwork.com/jobs/~0192f64b63ede4e596',
    kind: 'job',
    status: 'ok',
    count: 1,
    listings: {
      0: {
        id: '~0192f64b63ede4e596',
        url: 'https://www.upwork.com/jobs/~0192f64b63ede4e596',
        title: 'Mid-level Software Developer for Software as Medical Device development in ExSeed Health',
        description: {
          start: 'Company Introduction:\nExSeed Health is Copenhagen and London',
          end: ' The Guardian | Financial Times | Forbes',
          length: 4253,
        },
        skills: ['C++', 'Desktop Application', 'Flutter', 'Internet of Things', 'AWS Application'],
        pay: { type: 'hourly', min: 10, max: 50, currency: 'USD' },
        experience: 'intermediate',
        workload: 'More than 30 hrs/week',
        postedAt: '2024-08-26T09:36:31.112Z', // state
        postedText: 'yesterday',
        proposals: { min: 20, max: 50 },
        connects: 22,
        client: {
          paymentVerified: true,
          rating: 4.89,
          reviews: 14,
          totalSpent: 26000,
          country: 'Denmark',
          hireRate: 93,
          jobsPosted: 14,
          openJobs: 1,
          hires: 22,
        },
        activity: { interviewing: 0, invitesSent: 0, unansweredInvites: 0, lastViewedText: 'yesterday', hires: 0 }, // state: hires
        promoted: false, // state
        platformCategory: 'Web, Mobile & Software Dev', // state
        platformSubcategory: 'Web Development', // state
      },
    },
  },
  {
    // 2024-10: hourly without range; client without rating, spend or hires on the page.
    file: 'upwork-job-2024-10-hourly-new-client.html',
    url: 'https://www.upwork.com/jobs/~021836097417550972322',
    kind: 'job',
    status: 'ok',
    count: 1,
    listings: {
      0: {
        id: '~021836097417550972322',
        url: 'https://www.upwork.com/jobs/~021836097417550972322',
        title: 'Need Go Higher Level expert to set up CRM for life insurance campaign',
        description: 'Just need a GO HIGHER LEVEL pro to help set up an account\n\n-sms funnel\n-work flow automations\n-meta ads to go higher level\n\nthank you',
        skills: [
          'Sales Funnel Builder',
          'Website Builder',
          'Graphic Design',
          'Social Media Marketing',
          'Marketing Automation',
          'CRM Automation',
          'HighLevel',
          'Landing Page Design',
          'Automation',
          'Canva',
        ],
        pay: { type: 'hourly', min: null, max: null, currency: 'USD' },
        experience: 'intermediate',
        workload: 'Less than 30 hrs/week',
        postedAt: '2024-09-17T17:38:32.996Z', // state
        postedText: 'yesterday',
        proposals: { min: 5, max: 10 },
        connects: 9,
        client: { // state: reviews, hires
          paymentVerified: true,
          reviews: 0,
          country: 'United States',
          hireRate: 0,
          jobsPosted: 7,
          openJobs: 2,
          hires: 0,
        },
        activity: { interviewing: 2, invitesSent: 4, unansweredInvites: 1, lastViewedText: 'yesterday', hires: 0 }, // state: hires
        promoted: false, // state
        platformCategory: 'Sales & Marketing', // state
        platformSubcategory: 'Digital Marketing', // state
      },
    },
  },
  {
    // 2026-04 Nuxt 3 raw: no section data-test; 'Send a proposal for: 20 Connects'; __NUXT_DATA__.
    file: 'upwork-job-2026-04-fixed-raw.html',
    url: 'https://www.upwork.com/jobs/~022037632358032505171',
    kind: 'job',
    status: 'ok',
    count: 1,
    listings: {
      0: {
        id: '~022037632358032505171',
        url: 'https://www.upwork.com/jobs/~022037632358032505171',
        title: 'AI-Powered PDF Data Extraction Tool (Shopify Orders → Excel) – Full-Stack Developer',
        description: {
          start: 'Summary\nWe are looking for an experienced developer to build',
          end: 'dation approach, it will be prioritized.',
          length: 2671,
        },
        skills: [
          'AI App Development',
          'API Integration',
          'Python',
          'Data Processing',
          'Scripting',
          'Data Extraction',
          'Natural Language Processing',
          'Automation',
          'Google Sheets',
        ],
        pay: { type: 'fixed', amount: 5000, currency: 'USD' },
        experience: 'intermediate',
        duration: '1 to 3 months', // state
        postedAt: '2026-03-27T20:46:26.608Z', // state
        postedText: 'yesterday',
        proposals: { min: 50, max: null },
        connects: 20,
        client: {
          paymentVerified: true,
          rating: 4.99,
          reviews: 11,
          totalSpent: 2800,
          country: 'Canada',
          hireRate: 78,
          jobsPosted: 18,
          openJobs: 1,
          hires: 15,
        },
        activity: { interviewing: 0, invitesSent: 0, unansweredInvites: 0, lastViewedText: '16 hours ago', hires: 0 }, // state: hires
        promoted: false, // state
        platformCategory: 'Web, Mobile & Software Dev', // state
        platformSubcategory: 'Web Development', // state
      },
    },
  },
  {
    // 2026-07 public page of a private job: only the 4 related tiles. Titles and descriptions
    // cut with '…' and hourly ranges are completed from state.
    file: 'upwork-public-job-2026-07.html',
    url: 'https://www.upwork.com/freelance-jobs/apply/Retell-Voice-Agent-Setup-GoHighLevel-VAPI-Automation_~022078223889120339733',
    kind: 'public-job',
    status: 'ok',
    count: 4,
    listings: {
      0: {
        id: '~022063359642184142529',
        url: 'https://www.upwork.com/freelance-jobs/apply/HubSpot-Expert-for-Sales-and-Marketing_~022063359642184142529/',
        title: 'HubSpot Expert for Sales and Marketing',
        description: { // state
          start: 'I need a HubSpot expert with prior experience in Sales and M',
          end: 'ustomer engagement and conversion rates.',
          length: 291,
        },
        skills: ['HubSpot', 'Marketing Automation', 'Internet Marketing', 'Email Marketing'],
        pay: { type: 'hourly', min: 25, max: 30, currency: 'USD' }, // state
        experience: 'intermediate',
        duration: '1 to 3 months',
        workload: 'Less than 30 hrs/week',
        postedAt: '2026-06-06T20:37:29.000Z', // state
      },
      1: {
        id: '~022071885790224216909',
        url: 'https://www.upwork.com/freelance-jobs/apply/GoHighLevel-GHL-Funnels-Expert-Needed-for-High-Converting-Sales-Funnels_~022071885790224216909/',
        title: 'GoHighLevel (GHL) Funnels Expert Needed for High-Converting Sales Funnels', // state
        description: 'We are looking for an experienced GoHighLevel (GHL) Funnels Expert to build and optimize high-converting sales funnels.',
        skills: ['Lead Generation', 'ClickFunnels', 'Landing Page', 'Facebook', 'Campaign Optimization'],
        pay: { type: 'fixed', amount: 130, currency: 'USD' },
        experience: 'entry',
        duration: 'Less than 1 month', // state
        postedAt: '2026-06-30T09:17:21.000Z', // state
      },
      3: {
        id: '~022075529757609118073',
        url: 'https://www.upwork.com/freelance-jobs/apply/Zoho-CRM-Expert-Needed-for-Team-Training-People_~022075529757609118073/',
        title: 'Zoho CRM Expert Needed for Team Training (6 People)',
        description: { // state
          start: "We're looking for an experienced, fluent English-speaking Zo",
          end: "line of how you'd structure the session.",
          length: 1091,
        },
        skills: ['Zoho CRM', 'Zoho Creator', 'Customer Relationship Management', 'Communications'],
        pay: { type: 'fixed', amount: 150, currency: 'USD' },
        experience: 'expert',
        duration: '1 to 3 months', // state
        postedAt: '2026-07-10T10:37:10.000Z', // state
      },
    },
  },
];
