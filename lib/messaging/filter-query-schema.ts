// What a tab answers the popup about filtering, validated before it is shown.
import * as z from 'zod/mini';

const count = z.int().check(z.gte(0), z.lt(1e6));
export const FilterStatusSchema = z.object({ total: count, faded: count, folded: count });
