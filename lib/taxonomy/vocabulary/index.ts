// Words that point to each category, by weight (phrases separated by "|"; the stemmer
// supplies plurals and verb forms): general vocabulary of each trade and of the platforms'
// own subcategory names (../shared/research/evidence.md Appendix B), never copied titles.
// 8 and up: names the trade; 4: a strong hint; 2: a weak hint that mostly breaks ties.
import { BUSINESS } from './business';
import { CREATIVE } from './creative';
import { TECH } from './tech';

/** By taxonomy category id. */
export const VOCABULARY: Readonly<Record<string, Record<number, string>>> = { ...TECH, ...CREATIVE, ...BUSINESS };
