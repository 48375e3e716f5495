import { CATEGORY_TITLES } from '../../finding-list.tsx';
import type { Category } from '../../../lib/pack/ids.ts';
import { FieldGroup } from './field-group.tsx';
import type { FieldErrors, FieldSpec, FormValues } from './types.ts';

export interface RuleEditorProps {
  category: Category;
  specs: readonly FieldSpec[];
  values: FormValues;
  errors: FieldErrors;
  onChange: (field: string, value: string) => void;
  onBlur: (field: string) => void;
}

/** One category's rule, folded away until opened; opened by itself when it has a problem to show. */
export function RuleEditor({ category, specs, values, errors, onChange, onBlur }: RuleEditorProps) {
  const title = CATEGORY_TITLES[category];
  const severity = values[`rules.${category}.severity`] ?? '';
  const problems = specs.reduce((n, spec) => n + (errors[spec.id]?.length ?? 0), 0);
  return (
    <details className="ssg-mf-rule" data-category={category} open={problems > 0 || undefined}>
      <summary>
        <span className="ssg-mf-rule-title">{title}</span>{' '}
        <span className="ssg-mf-rule-severity">({severity})</span>
        {problems > 0 && (
          <span className="ssg-mf-rule-problems">
            {' '}
            {problems} {problems === 1 ? 'problem' : 'problems'} to fix
          </span>
        )}
      </summary>
      <FieldGroup
        legend={`Rule: ${title}`}
        specs={specs}
        values={values}
        errors={errors}
        onChange={onChange}
        onBlur={onBlur}
      />
    </details>
  );
}
