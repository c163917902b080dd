/** One option of a choice: the value sent, the label shown. */
export interface Choice {
  value: string;
  label: string;
}

/** The `<option>`s of a choice, in the order given. */
export function ChoiceOptions({ options }: { options: Choice[] }) {
  return (
    <>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}
