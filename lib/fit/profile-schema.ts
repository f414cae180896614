// The user's own profile, typed in the dashboard settings (or started from their history,
// lib/fit/starting-profile.ts): the skills they offer, their GigLens categories and their
// usual hourly rate. Local like every setting; never read from their Upwork or Fiverr profile.
import * as z from 'zod/mini';

const skill = z.string().check(z.minLength(1), z.maxLength(120));
/** Category ids are not checked against the taxonomy here: an id a later taxonomy renames
 *  must not make the whole settings file unreadable; the plan skips ids it does not know. */
const categoryId = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));

export const ProfileSchema = z.object({
  /** As the user wrote them; lib/fit/normalise-skill.ts makes them comparable. */
  skills: z._default(z.array(skill).check(z.maxLength(300)), []),
  categories: z._default(z.array(categoryId).check(z.maxLength(60)), []),
  /** Usual hourly rate; null until the user states one. */
  rate: z._default(
    z.nullable(
      z.object({
        hourly: z.number().check(z.gt(0), z.lt(1e7)),
        currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
      }),
    ),
    null,
  ),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** A fresh empty profile (no skills, no categories, no rate): nothing shared to mutate. */
export const emptyProfile = (): Profile => ProfileSchema.parse({});
