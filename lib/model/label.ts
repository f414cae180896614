// The label the rules engine puts on a listing: its category and its AI-substitution risk.
// Reasons are codes with the bibliography numbers behind them (../shared/research/evidence.md);
// `text` is filled by the one shared formatter so every view words a code the same way.
import * as z from 'zod/mini';

export const RISK_LEVELS = ['very-low', 'low', 'medium', 'high', 'very-high'] as const;
export const RiskLevelSchema = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof RiskLevelSchema>;
/** What `data-giglens-risk` carries: a level, or `unknown` when no label could be made. */
export type RiskAttr = RiskLevel | 'unknown';

export const UPWORK_TOP_CATEGORIES = [
  'Accounting & Consulting',
  'Admin Support',
  'Customer Service',
  'Data Science & Analytics',
  'Design & Creative',
  'Engineering & Architecture',
  'IT & Networking',
  'Legal',
  'Sales & Marketing',
  'Translation',
  'Web, Mobile & Software Dev',
  'Writing',
] as const;
export const UpworkTopCategorySchema = z.enum(UPWORK_TOP_CATEGORIES);
export type UpworkTopCategory = z.infer<typeof UpworkTopCategorySchema>;

const unit = z.number().check(z.gte(0), z.lte(1));

export const CategoryLabelSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  name: z.string().check(z.maxLength(200)),
  upwork: UpworkTopCategorySchema,
  confidence: unit,
});
export type CategoryLabel = z.infer<typeof CategoryLabelSchema>;

export const ReasonSchema = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(80)),
  text: z.string().check(z.maxLength(1000)),
  /** Bibliography numbers in evidence.md. */
  sources: z.array(z.int().check(z.gte(1), z.lte(999))),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const MoveSchema = z.object({
  categoryId: z.string(),
  name: z.string(),
  figure: z.string().check(z.maxLength(300)),
  sources: z.array(z.int()),
});
export type Move = z.infer<typeof MoveSchema>;

/** What kind of work the listing is, beside its risk. Values are only ever added (stored labels
 *  code a mode by its index here): building AI systems, operating AI tools to make the output,
 *  reviewing and correcting AI output, each with its own evidence (lib/rules/rules.ts). */
export const RISK_MODES = ['automation', 'augmentation', 'builds-ai', 'human-only', 'operates-ai', 'reviews-ai'] as const;
export const RiskModeSchema = z.enum(RISK_MODES);
export type RiskMode = z.infer<typeof RiskModeSchema>;

export const RiskLabelSchema = z.object({
  level: RiskLevelSchema,
  score: z.number().check(z.gte(0), z.lte(100)),
  mode: RiskModeSchema,
  reasons: z.array(ReasonSchema),
  confidence: unit,
  /** For high and very-high risk: adjacent categories whose demand is growing. */
  movesTo: z._default(z.array(MoveSchema), []),
});
export type RiskLabel = z.infer<typeof RiskLabelSchema>;

export const LabelSchema = z.object({
  category: z.nullable(CategoryLabelSchema),
  risk: z.nullable(RiskLabelSchema),
});
export type Label = z.infer<typeof LabelSchema>;

export const riskAttr = (label: Label | null | undefined): RiskAttr => label?.risk?.level ?? 'unknown';
