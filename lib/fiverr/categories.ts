// Category and subcategory names as the page states them. Cards carry only ids
// (`category_id`, `sub_category_id`); the names come from the listing page itself (its
// breadcrumbs) or, on search and seller pages, from the header's category menu.
import { categoriesMenu, jsonLdOfType, perseusProps } from './embedded';
import { listingPage, pick, pickAll } from './selectors';
import { clean, isRecord, numOr, strOr, textOf } from './values';

export interface CategoryNames {
  category: string | null;
  subcategory: string | null;
  /** Ids of the page's own category, when its JSON states them; null from the DOM. */
  categoryId: number | null;
  subCategoryId: number | null;
}

const NONE: CategoryNames = { category: null, subcategory: null, categoryId: null, subCategoryId: null };

/** `/categories/graphics-design/creative-logo-design` → ["graphics-design", "creative-logo-design"]. */
const categoryPath = (href: string | null): string[] => {
  const m = href?.match(/\/categories\/([^?#]*)/);
  return m?.[1] ? m[1].split('/').filter(Boolean) : [];
};

function fromProps(doc: Document): CategoryNames | null {
  const sub = perseusProps(doc)?.subCategoryData;
  if (!isRecord(sub) || !isRecord(sub.category)) return null;
  const category = strOr(sub.category.name);
  if (!category) return null;
  return {
    category,
    subcategory: strOr(sub.name),
    categoryId: numOr(sub.category.id),
    subCategoryId: numOr(sub.id) || null,
  };
}

/** JSON-LD BreadcrumbList (2021 and 2025): positions 1 and 2 are category and subcategory. */
function fromJsonLd(doc: Document): CategoryNames | null {
  const list = jsonLdOfType(doc, 'BreadcrumbList')?.itemListElement;
  if (!Array.isArray(list)) return null;
  const named = list.filter(isRecord).filter((i) => categoryPath(strOr(i.item)).length > 0);
  const category = strOr(named[0]?.name);
  return category ? { ...NONE, category, subcategory: strOr(named[1]?.name) } : null;
}

/** DOM: breadcrumb links by path depth, and the page heading for the page's own level. */
function fromDom(doc: Document, url: URL): CategoryNames | null {
  const names: (string | null)[] = [null, null];
  for (const a of pickAll(doc, listingPage.breadcrumbs)) {
    const depth = categoryPath(a.getAttribute('href')).length;
    if (depth === 1 || depth === 2) names[depth - 1] = textOf(a);
  }
  const own = categoryPath(url.pathname).length;
  if (own === 1 || own === 2) names[own - 1] ??= textOf(pick(doc, listingPage.heading));
  return names[0] ? { ...NONE, category: names[0], subcategory: names[1] ?? null } : null;
}

/** The category a category listing page is about. */
export function listingPageCategory(doc: Document, url: URL): CategoryNames {
  return fromProps(doc) ?? fromJsonLd(doc) ?? fromDom(doc, url) ?? NONE;
}

interface MenuNames {
  categories: Map<number, string>;
  subcategories: Map<number, string>;
}

const menuCache = new WeakMap<Document, MenuNames>();

/** Names by id from the header menu. A subcategory id listed under two different names
 *  (menu aliases such as "Legal Services" / "Legal Consulting" for 30) is left unnamed. */
function menuNames(doc: Document): MenuNames {
  const cached = menuCache.get(doc);
  if (cached) return cached;
  const categories = new Map<number, string>();
  const subs = new Map<number, Set<string>>();
  const walk = (node: unknown, depth: number): void => {
    if (!isRecord(node) || depth > 6) return;
    const link = isRecord(node.webLink) ? node.webLink : null;
    const name = clean(node.alias);
    const cat = Number(link?.category_id);
    const sub = Number(link?.sub_category_id);
    if (name && link?.type === 'Category' && cat > 0 && !categories.has(cat)) categories.set(cat, name);
    if (name && link?.type === 'Subcategory' && sub > 0) subs.set(sub, (subs.get(sub) ?? new Set()).add(name));
    if (Array.isArray(node.children)) for (const child of node.children) walk(child, depth + 1);
  };
  walk(categoriesMenu(doc)?.cmsConfig, 0);
  const subcategories = new Map<number, string>();
  for (const [id, set] of subs) if (set.size === 1) subcategories.set(id, [...set][0]!);
  const names = { categories, subcategories };
  menuCache.set(doc, names);
  return names;
}

/** Names for a card's category ids: the page's own when they match, else the menu's. */
export function cardCategory(doc: Document, page: CategoryNames | null, catId: number | null, subId: number | null) {
  if (catId === null) return { category: null, subcategory: null };
  const samePage = page !== null && page.categoryId !== null && page.categoryId === catId;
  if (samePage && (page.subCategoryId === null || page.subCategoryId === subId)) {
    return { category: page.category, subcategory: page.subcategory };
  }
  const menu = menuNames(doc);
  return {
    category: samePage ? page.category : (menu.categories.get(catId) ?? null),
    subcategory: subId !== null ? (menu.subcategories.get(subId) ?? null) : null,
  };
}
