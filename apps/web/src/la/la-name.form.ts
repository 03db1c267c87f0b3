import { FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';

const LONGEST = 120;

/** The LA's name as its officer types it ("Northshire County Council"): some words, no longer than a table cell. */
export function readLaNameForm(body: PostedBody): FormResult<{ name: string }> {
  const errors = new FormErrors();
  const name = text(body, 'laName').trim();
  if (name === '') errors.add('laName', "Enter your local authority's name");
  else if (name.length > LONGEST)
    errors.add('laName', `Your local authority's name must be ${LONGEST} characters or fewer`);
  return errors.result(() => ({ name }));
}
