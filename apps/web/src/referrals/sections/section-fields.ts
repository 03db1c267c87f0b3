/**
 * A referral section's questions, declared once: the Form parses and validates the posted body by them, and the
 * View lays them out as GOV.UK components. Field ids are flat (`dsl-name`); `path` is where the answer goes in the
 * section content the API takes (`dsl.name`). A field without `required` is optional.
 */
export type Option = Readonly<{ value: string; text: string; hint?: string }>;

type Common = Readonly<{
  id: string;
  label: string;
  hint?: string;
  /** The error message when it is left empty ("Enter the pupil's full name"). */
  required?: string;
  /** Not sent to the API: a question that only decides which others apply (e.g. "Does the pupil have a UPN?"). */
  virtual?: (content: Record<string, unknown>) => string;
  path?: string;
}>;

export type TextField = Common &
  Readonly<{
    kind: 'text' | 'textarea';
    maxLength?: number;
    width?: 'govuk-input--width-10' | 'govuk-input--width-20' | 'govuk-!-width-two-thirds' | 'govuk-input--width-5';
    pattern?: Readonly<{ regex: RegExp; message: string }>;
    transform?: 'upper';
    autocomplete?: string;
    inputType?: 'email' | 'tel';
    spellcheck?: boolean;
  }>;

export type LinesField = Common & Readonly<{ kind: 'lines' }>;

export type NumberField = Common &
  Readonly<{
    kind: 'number';
    integer?: boolean;
    min: number;
    max: number;
    /** "Attendance must be a number between 0 and 100". */
    invalid: string;
    suffix?: string;
  }>;

export type DateField = Common & Readonly<{ kind: 'date'; inSentence: string }>;

export type ChoiceField = Common &
  Readonly<{
    kind: 'radios' | 'select' | 'yesno';
    options?: readonly Option[];
    /** For yesno: the answer as a boolean (default) or not sent at all (virtual). */
    conditional?: Readonly<Record<string, readonly Field[]>>;
    inline?: boolean;
    /** Turn the chosen value into what the API takes (e.g. a year group "9" into 9). */
    toValue?: (value: string) => unknown;
  }>;

export type Field = TextField | LinesField | NumberField | DateField | ChoiceField;

export type SectionDefinition = Readonly<{
  name: string;
  title: string;
  /** Shown under the heading. */
  description?: string;
  fields: readonly Field[];
  /** Where the form puts each missing item the API names (`safeguarding.socialWorker` → `#hasSocialWorker`). */
  anchors?: Readonly<Record<string, string>>;
}>;

/** What the form shows in each field: what the user typed, or the saved answer. */
export type FieldValues = Readonly<Record<string, string | readonly string[]>>;
