// No user-facing words written in the views: JSX text and the attributes people read (title,
// aria-label, placeholder, alt, label) must come from t(), and so must the sentences of the
// background's view builders. Proper names (the platforms, GigLens) and symbols may stay.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const NAMES = /^(?:Upwork|Fiverr|GigLens|Connects?|USD|PNG|JSON|CSV|HTML|A|B)$/;
const READ_ATTRS = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label', 'aria-roledescription', 'aria-description']);

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

/** Words in a text: letters of two or more, minus proper names. */
const wordsIn = (text: string) => (text.match(/\p{L}{2,}/gu) ?? []).filter((w) => !NAMES.test(w));
const isSentence = (text: string) => wordsIn(text).length > 0 && !/^[a-z0-9_-]+$/.test(text.trim());

function literalsIn(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const where = (n: ts.Node) => `${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && wordsIn(node.text).length > 0) found.push(`${where(node)} text “${node.text.trim()}”`);
    if (ts.isJsxAttribute(node) && READ_ATTRS.has(node.name.getText())) {
      const init = node.initializer;
      const text = init && ts.isStringLiteral(init) ? init.text : init && ts.isJsxExpression(init) && init.expression && (ts.isNoSubstitutionTemplateLiteral(init.expression) || ts.isTemplateExpression(init.expression)) ? init.expression.getText() : null;
      if (text !== null && wordsIn(text.replace(/\$\{[^}]*\}/g, '')).length > 0) found.push(`${where(node)} ${node.name.getText()}=“${text}”`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Builders that word things outside JSX (the panel tree, pills, findings, trends, report):
 *  any string or template with a sentence in it. CSS and markup skeletons are not words. */
function sentencesIn(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    if (text !== null && !ts.isImportDeclaration(node.parent) && !ts.isLiteralTypeNode(node.parent)) {
      // Markup is not words, nor is a Content-Security-Policy.
      const plain = /^[a-z-]+-src /.test(text) ? '' : text.replace(/<[^>]*>/g, ' ');
      // A sentence: two or more words with a space between, not an identifier-like key.
      if (/\p{L}{2,}\s+\p{L}{2,}/u.test(plain) && isSentence(plain) && !/^[a-z0-9 _-]+$/.test(plain.trim())) {
        found.push(`${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} “${text.slice(0, 80)}”`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const BUILDERS = [
  'lib/background/pills.ts',
  'lib/background/filter-words.ts',
  'lib/insights/health.ts',
  'lib/insights/compare.ts',
  'lib/insights/best-bets.ts',
  'lib/insights/format.ts',
  'lib/connects/format.ts',
  'lib/trends/trend-words.ts',
  'lib/insights/report-html.ts',
  'lib/insights/report-plan.ts',
  'lib/insights/dataset-import.ts',
  'lib/export/import-check.ts',
  'lib/export/import-json.ts',
  'lib/export/export-schema.ts',
  'lib/rules/rules-file.ts',
  'lib/rules/custom-rule-schema.ts',
  'lib/settings/settings-file.ts',
  'lib/i18n/zod-words.ts',
  'lib/i18n/data-words.ts',
  'lib/insights/anonymise.ts',
  'components/charts/svg-export.ts',
  'components/dashboard/periods.ts',
  ...files(join(ROOT, 'components/badge/panel'), /\.ts$/).map((f) => relative(ROOT, f)).filter((f) => !f.endsWith('panel-css.ts')),
];

describe('no user-facing literals outside the catalogues', () => {
  it('JSX text and readable attributes in components/** and the extension pages', () => {
    const tsx = [...files(join(ROOT, 'components'), /\.tsx$/), ...files(join(ROOT, 'entrypoints'), /\.tsx$/)];
    expect(tsx.flatMap(literalsIn)).toEqual([]);
  });

  it('sentences in the view builders of the background, the formatters and the report', () => {
    expect(BUILDERS.flatMap((f) => sentencesIn(join(ROOT, f)))).toEqual([]);
  });

  it('the scanner catches what it should (a literal in a fixture)', () => {
    const probe = join(ROOT, 'tests/unit/i18n/probe.fixture.tsx');
    expect(literalsIn(probe)).toHaveLength(3);
    expect(sentencesIn(join(ROOT, 'tests/unit/i18n/probe-builder.fixture.ts'))).toHaveLength(1);
  });
});
