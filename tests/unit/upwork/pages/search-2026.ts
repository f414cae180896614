// What the saved Upwork 2026 job search pages show, read by hand from each page.
// Values marked "state" are not visible text: they come from the page's embedded Nuxt
// state (exact publish time, Connects price, category, skills hidden behind "+N").
import type { PageCase } from '../expect-listing';

export const SEARCH_2026_PAGES: PageCase[] = [
  {
    // 2026-02 raw SSR: no JobTile/JobDescription data-test; state in window.__NUXT__=(…)=>{…}.
    file: 'upwork-search-2026-02-logged-in-raw.html',
    url: 'https://www.upwork.com/nx/search/jobs/?q=n8n',
    kind: 'search',
    status: 'ok',
    count: 10,
    listings: {
      0: {
        id: '~022024696422907076268',
        url: 'https://www.upwork.com/jobs/Digital-Product-Specialist-automation-case-studies-sellable-products-Gumroad-Etsy-etc_~022024696422907076268/',
        title: 'Digital Product Specialist, AI automation case studies to sellable products (Gumroad / Etsy, etc…)',
        description: {
          start: 'Overview\nI am an AI automation & systems architect with a li',
          end: 'rkspace architectures, SOP guides, etc.)',
          length: 5087,
        },
        skills: [
          'Tech & IT',
          'English',
          'Sales Funnel Copywriting',
          'Technical Copywriting',
          'Product Catalog Setup & Optimization',
          'Product Concept',
          'n8n',
        ],
        pay: { type: 'fixed', amount: 250, currency: 'USD' },
        experience: 'expert',
        duration: 'Less than 1 month', // state
        postedAt: '2026-02-20T04:04:11.174Z', // state
        postedText: 'yesterday',
        proposals: { min: 0, max: 4 },
        client: { paymentVerified: true, rating: 5, reviews: 1, totalSpent: 200, country: 'Paraguay' },
        promoted: false, // state
      },
      2: {
        id: '~022024507002869143997',
        url: 'https://www.upwork.com/jobs/GTM-Engineer-for-Automated-Lead-Generation-Clay-Instantly-Specialist_~022024507002869143997/',
        title: 'GTM Engineer for AI-Automated Lead Generation (Clay + Instantly Specialist)',
        description: {
          start: 'We are I-TecK, a boutique GTM agency scaling a high-volume, ',
          end: 'ws as we add 5–10 new clients per month.',
          length: 1098,
        },
        skills: ['Lead Generation', 'Data Scraping', 'Data Mining', 'Python', 'JavaScript'],
        pay: { type: 'hourly', min: 20, max: 45, currency: 'USD' },
        experience: 'intermediate',
        duration: '1 to 3 months',
        workload: 'Less than 30 hrs/week',
        postedAt: '2026-02-19T15:34:17.413Z', // state
        postedText: '2 days ago',
        proposals: { min: 5, max: 10 },
        client: { paymentVerified: true, reviews: 0, totalSpent: 0, country: 'Kenya' },
        promoted: false, // state
      },
      4: {
        id: '~022024986923792202057',
        url: 'https://www.upwork.com/jobs/Shopify-and-Paid-Media-Tracking-Expert-Needed_~022024986923792202057/',
        title: 'Shopify and Paid Media Tracking Expert Needed',
        description: {
          start: 'We are seeking a knowledgeable Shopify and Paid Media platfo',
          end: ' setups, we would love to hear from you.',
          length: 584,
        },
        skills: [
          'Shopify',
          'Google Ads',
          'Google Analytics',
          'Google Tag Manager',
          'Search Engine Optimization',
        ],
        pay: { type: 'hourly', min: 50, max: 100, currency: 'USD' },
        experience: 'expert',
        duration: 'Less than 1 month',
        workload: 'Hours to be determined',
        postedAt: '2026-02-20T23:18:21.757Z', // state
        postedText: 'yesterday',
        proposals: { min: 10, max: 15 },
        client: { paymentVerified: true, reviews: 0, totalSpent: 0, country: 'United States' },
        promoted: false, // state
      },
      8: {
        id: '~022024630798600595058',
        url: 'https://www.upwork.com/jobs/Shopify-Toast-Marketing-Growth-Specialist-Coffee-Brand_~022024630798600595058/',
        title: 'Shopify + Toast Marketing & Growth Specialist (Coffee Brand)',
        description: {
          start: 'SHOPIFY, TOAST & MARKETING SYSTEMS LEAD\nSpecialty Coffee Bra',
          end: 'ution approach — not marketing language.',
          length: 3549,
        },
        skills: ['Marketing Strategy', 'Search Engine Optimization', 'Facebook', 'Shopify', 'Klaviyo'],
        pay: { type: 'fixed', amount: 5000, currency: 'USD' },
        experience: 'expert',
        duration: '1 to 3 months', // state
        postedAt: '2026-02-19T23:43:12.956Z', // state
        postedText: '2 days ago',
        proposals: { min: 5, max: 10 },
        client: { paymentVerified: true, rating: 4.82, reviews: 38, totalSpent: 60000, country: 'United States' },
        promoted: false, // state
      },
    },
  },
  {
    // 2026-05 visitor: no client block, no proposals; highlighted titles; '+9' skills from state.
    file: 'upwork-search-2026-05-logged-out.html',
    url: 'https://www.upwork.com/nx/search/jobs/?q=python%20web%20scraping',
    kind: 'search',
    status: 'ok',
    count: 10,
    listings: {
      0: {
        id: '~022058750483565374702',
        url: 'https://www.upwork.com/jobs/Data-span-class-highlight-Scraping-span-for-B2B-Sourcing_~022058750483565374702/',
        title: 'Data Scraping for B2B Sourcing',
        description: {
          start: 'Description:\nI need data scraped from MercadoLibre and Merca',
          end: 'd confirm you can deliver within 2 days.',
          length: 1157,
        },
        skills: ['Data Scraping', 'Web Crawling', 'Data Mining', 'Lead Generation'],
        pay: { type: 'fixed', amount: 60, currency: 'USD' },
        experience: 'intermediate',
        duration: '1 to 3 months', // state
        postedAt: '2026-05-25T03:23:57.672Z', // state
        postedText: '2 hours ago',
        promoted: false, // state
      },
      1: {
        id: '~022058747006620143998',
        url: 'https://www.upwork.com/jobs/Mid-Level-Full-Stack-Developer-span-class-highlight-Python-span-FastAPI-AWS_~022058747006620143998/',
        title: 'Mid-Level Full Stack Developer (Python/FastAPI/AWS)',
        description: {
          start: 'We are building a lightweight pathology/lab traceability pla',
          end: 'h possibility of longer-term engagement.',
          length: 899,
        },
        skills: [ // state
          'Python',
          'Web Scraping',
          'Django',
          'FastAPI',
          'Automation',
          'API Development',
          'RESTful API',
          'Back-End Development',
          'Selenium',
          'REST API',
          'Data Extraction',
          'OpenAI API',
          'PostgreSQL',
          'Next.js',
          'React',
          'Flask',
        ],
        pay: { type: 'hourly', min: null, max: null, currency: 'USD' },
        experience: 'intermediate',
        duration: 'Less than 1 month',
        workload: 'Less than 30 hrs/week',
        postedAt: '2026-05-25T03:10:03.197Z', // state
        postedText: '2 hours ago',
        promoted: false, // state
      },
      9: {
        id: '~022058571333031259163',
        url: 'https://www.upwork.com/jobs/Data-entry-Manual-span-class-highlight-Website-span-Price-span-class-highlight-Scraper-span_~022058571333031259163/',
        title: 'Data entry - Manual Website Price Scraper',
        description: {
          start: "I need someone to scrape prices from a website. You'll need ",
          end: 'ience in web scraping and data handling.',
          length: 277,
        },
        skills: ['Data Scraping', 'Web Crawling', 'Scrapy', 'Data Mining'],
        pay: { type: 'hourly', min: 5, max: 8, currency: 'USD' },
        experience: 'intermediate',
        duration: 'Less than 1 month',
        workload: 'Less than 30 hrs/week',
        postedAt: '2026-05-24T15:33:03.853Z', // state
        postedText: 'yesterday',
        promoted: false, // state
      },
    },
  },
];
