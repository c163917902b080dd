import type { ReactNode } from 'react';
import { useFieldProblem } from './field-problem';
import type { RecordForm } from './record-form';

/** The attributes a field's control takes from `LabelledField`: its id, and its problem's ties. */
export type ControlAttributes = ReturnType<typeof useFieldProblem>['attributes'];

/**
 * A field of a record's form: its label bound to the control that `children` renders with the
 * attributes given, and the server's problem with it beneath, announced through the control.
 */
export function LabelledField({
  form,
  name,
  label,
  wide = false,
  children,
}: {
  form: RecordForm;
  name: string;
  label: string;
  wide?: boolean;
  children: (attributes: ControlAttributes) => ReactNode;
}) {
  const { id, problem, attributes, message } = useFieldProblem(form, name);
  return (
    <div className={`field${wide ? ' wide' : ''}${problem ? ' has-problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(attributes)}
      {message}
    </div>
  );
}
