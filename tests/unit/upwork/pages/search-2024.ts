// What the saved Upwork 2024 job search pages show, read by hand from each page.
// Values marked "state" are not visible text: they come from the page's embedded Nuxt
// state (exact publish time, Connects price, category, skills hidden behind "+N").
import type { PageCase } from '../expect-listing';

export const SEARCH_2024_PAGES: PageCase[] = [
  {
    // 2024-08: title link is only 'UpLink'; state gives publishedOn and connectPrice.
    file: 'upwork-search-2024-08-logged-in.html',
    url: 'https://www.upwork.com/nx/search/jobs/?q=web%20scraping',
    kind: 'search',
    status: 'ok',
    count: 20,
    listings: {
      0: {
        id: '~0168973738d500d616',
        url: 'https://www.upwork.com/jobs/HTML-code-work-email-clients_~0168973738d500d616/',
        title: 'HTML code to work in email clients',
        description: {
          start: 'I need the attached code to work in email clients.\n\nSo when ',
          end: 'ess.\n\nPost a fixed price.\n\nNo AI offers.',
          length: 242,
        },
        skills: ['HTML', 'HTML5', 'CSS'],
        pay: { type: 'hourly', min: 15, max: 30, currency: 'USD' },
        experience: 'intermediate',
        duration: 'Less than 1 month',
        workload: 'Less than 30 hrs/week',
        postedAt: '2024-08-28T12:16:19.855Z', // state
        postedText: '6 seconds ago',
        connects: 13, // state
        client: { paymentVerified: true, rating: 4.85, reviews: 55, totalSpent: 60000, country: 'Denmark' },
        promoted: false, // state
      },
      1: {
        id: '~01a29df8a8ececc975',
        url: 'https://www.upwork.com/jobs/Full-Time-Developer-for-Custom-COMPLEX-Webshop-Project-Needed-Long-Term_~01a29df8a8ececc975/',
        title: 'Full-Time Developer for Custom COMPLEX Webshop Project Needed ( Long Term). . .',
        description: {
          start: 'We are a European company seeking a full-time developer to b',
          end: 'xamples which you have made in the past.',
          length: 1779,
        },
        skills: ['WordPress', 'PHP', 'Web Development', 'Web Design', 'WooCommerce'],
        pay: { type: 'fixed', amount: 2000, currency: 'USD' },
        experience: 'expert',
        duration: '1 to 3 months', // state
        postedAt: '2024-08-28T12:15:57.490Z', // state
        postedText: '29 seconds ago',
        connects: 14, // state
        client: { paymentVerified: true, reviews: 0, totalSpent: 0, country: 'Netherlands' },
        promoted: false, // state
      },
      3: {
        id: '~010973f9a5f9a751b6',
        url: 'https://www.upwork.com/jobs/English-Korean-Translation-for-Video-Game_~010973f9a5f9a751b6/',
        title: 'English To Korean Translation for Video Game',
        description: {
          start: 'Hello,\n\nWe are a game studio that is looking to translate pa',
          end: 'lation.\nLook forward to working with you',
          length: 243,
        },
        skills: [ // state
          'Fluent',
          'Native Fluency',
          'Near-Native Fluency',
          'Document Translation',
          'Korean',
          'Translation',
          'English',
          'Content Localization',
          'English to Korean Translation',
        ],
        pay: { type: 'hourly', min: null, max: null, currency: 'USD' },
        experience: 'entry',
        duration: 'Less than 1 month',
        workload: 'Less than 30 hrs/week',
        postedAt: '2024-08-28T12:15:41.268Z', // state
        postedText: '46 seconds ago',
        connects: 12, // state
        client: { paymentVerified: true, rating: 4.9, reviews: 77, totalSpent: 100000, country: 'United States' },
        promoted: false, // state
      },
      13: {
        id: '~01d8b00470796400bc',
        url: 'https://www.upwork.com/jobs/Exciting-Testing-Opportunity-for-French-Residents-with-Home-Insurance_~01d8b00470796400bc/',
        title: 'Exciting Testing Opportunity for French Residents with Home Insurance!',
        description: {
          start: 'Hello,\nHope you are doing well!\n\nWe are happy to offer you a',
          end: ' us and be a part of something exciting!',
          length: 1065,
        },
        skills: ['Web Testing', 'Manual Testing'],
        pay: { type: 'hourly', min: 14, max: 14, currency: 'USD' },
        experience: 'entry',
        duration: 'Less than 1 month',
        workload: 'Less than 30 hrs/week',
        postedAt: '2024-08-28T12:13:33.360Z', // state
        postedText: '2 minutes ago',
        connects: 12, // state
        client: { paymentVerified: true, rating: 4.57, reviews: 3, totalSpent: 2000, country: 'United States' },
        promoted: false, // state
      },
    },
  },
  {
    // 2024-09 snippet: highlighted title words, tooltip ratings, a Featured (premium) tile.
    file: 'upwork-search-2024-09-logged-in-snippet.html',
    url: 'https://www.upwork.com/nx/search/jobs/?q=automation',
    kind: 'search',
    status: 'ok',
    count: 20,
    listings: {
      0: {
        id: '~0112806dc0c582779c',
        url: 'https://www.upwork.com/jobs/Drafting-User-Manual-for-bluetooth-electronic-device_~0112806dc0c582779c/',
        title: 'Drafting User Manual for bluetooth electronic device',
        description: {
          start: 'Need help adding bluetooth and Electronic related info to a ',
          end: 'anual to be compliant to US regulations.',
          length: 441,
        },
        skills: ['Adobe InDesign', 'Instruction Manual', 'Electronics'],
        pay: { type: 'hourly', min: 16, max: 40, currency: 'USD' },
        experience: 'intermediate',
        duration: '1 to 3 months',
        workload: 'Less than 30 hrs/week',
        postedText: '2 minutes ago',
        proposals: { min: 0, max: 4 },
        client: { paymentVerified: true, rating: 4.89, reviews: 35, totalSpent: 100000, country: 'United States' },
      },
      1: {
        id: '~01828d4e1a1c9105f2',
        url: 'https://www.upwork.com/jobs/Social-Media-Ads-Manager-for-span-class-highlight-Shopify-span-Clothing-Brand_~01828d4e1a1c9105f2/',
        title: 'Social Media Ads Manager for Shopify Clothing Brand',
        description: {
          start: 'We are looking for an experienced Ads Manager to handle our ',
          end: 'rive conversions for our clothing brand.',
          length: 816,
        },
        skills: ['Instagram', 'Facebook', 'Social Media Marketing'],
        pay: { type: 'fixed', amount: 1000, currency: 'USD' },
        experience: 'intermediate',
        postedText: '4 minutes ago',
        proposals: { min: 0, max: 4 },
        client: { paymentVerified: true, reviews: 0, totalSpent: 0, country: 'United States' },
      },
      7: {
        id: '~0134045de6d8614f23',
        url: 'https://www.upwork.com/jobs/Seeking-Part-Time-Project-Basis-200-hours-per-year-estimated-DevOps-Expert_~0134045de6d8614f23/',
        title: 'Seeking a Part-Time / Project Basis (~200 hours per year estimated) DevOps Expert!',
        description: {
          start: 'About Us:\nWe are a dynamic and innovative company dedicated ',
          end: ' in a flexible, remote work environment!',
          length: 1485,
        },
        skills: [
          'New Relic',
          'Kubernetes',
          'Amazon ECS',
          'Containerization',
          'DevOps',
          'Serverless Computing',
        ],
        pay: { type: 'hourly', min: 20, max: 45, currency: 'USD' },
        experience: 'intermediate',
        duration: 'More than 6 months',
        workload: '30+ hrs/week',
        postedText: '19 minutes ago',
        proposals: { min: 0, max: 4 },
        client: { paymentVerified: true, rating: 4.99, reviews: 330, totalSpent: 400000, country: 'United States' },
        promoted: true,
      },
    },
  },
];
