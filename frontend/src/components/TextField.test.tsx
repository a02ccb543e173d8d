import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState, type ChangeEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { SelectField, TextArea, TextField } from './TextField';

function Notes({ multiline }: { multiline?: true }) {
  const [value, setValue] = useState('');
  return (
    <>
      <TextField
        multiline={multiline}
        label="Notizen"
        hint="Alles, was der Kunde sagt."
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
          setValue(e.target.value)
        }
      />
      <output>{JSON.stringify(value)}</output>
    </>
  );
}

describe('TextField', () => {
  it('is a single-line input named by its label', async () => {
    render(<Notes />);
    const input = screen.getByRole('textbox', { name: 'Notizen' });
    expect(input.tagName).toBe('INPUT');
    expect(input).toHaveClass('input');
    expect(input).toHaveAccessibleDescription('Alles, was der Kunde sagt.');
    await userEvent.setup().type(input, 'Erste{Enter}Zweite');
    expect(input).toHaveValue('ErsteZweite');
  });

  it('as multiline is a textarea that keeps its label and several lines', async () => {
    render(<Notes multiline />);
    const area = screen.getByLabelText('Notizen');
    expect(area.tagName).toBe('TEXTAREA');
    expect(area).toHaveClass('input', 'input--area');
    expect(area).toHaveAttribute('rows', '5');
    expect(area).not.toHaveAttribute('multiline');
    expect(area).toHaveAccessibleDescription('Alles, was der Kunde sagt.');
    await userEvent.setup().type(area, 'Erste{Enter}Zweite');
    expect(area).toHaveValue('Erste\nZweite');
    expect(screen.getByText('"Erste\\nZweite"')).toBeInTheDocument();
  });

  it('marks an error on the control and reads it out instead of the hint', () => {
    render(<TextField label="Name" hint="Wie im Handelsregister" error="Bitte einen Namen" />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Bitte einen Namen');
    expect(screen.queryByText('Wie im Handelsregister')).not.toBeInTheDocument();
  });

  it('hands the ref to the element it renders', () => {
    const input = createRef<HTMLInputElement>();
    const area = createRef<HTMLTextAreaElement>();
    render(
      <>
        <TextField ref={input} label="Kurz" />
        <TextField ref={area} multiline rows={2} label="Lang" />
      </>,
    );
    expect(input.current).toBe(screen.getByRole('textbox', { name: 'Kurz' }));
    expect(area.current).toBe(screen.getByRole('textbox', { name: 'Lang' }));
    expect(area.current).toHaveAttribute('rows', '2');
  });
});

describe('TextArea', () => {
  it('is TextField as a labelled textarea', () => {
    render(<TextArea label="Gegenargumente" required />);
    const area = screen.getByRole('textbox', { name: /Gegenargumente/ });
    expect(area.tagName).toBe('TEXTAREA');
    expect(area).toBeRequired();
  });
});

describe('SelectField', () => {
  it('is a native select named by its label, its error read out', () => {
    render(
      <SelectField label="Priorität" error="Bitte wählen" value="" onChange={() => {}}>
        <option value="">–</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: 'Priorität' });
    expect(select).toHaveClass('input', 'input--select');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('Bitte wählen');
  });
});
