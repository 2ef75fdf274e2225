import { useEffect, useState } from 'preact/hooks';
import { SHOW_SAVED_MARKS, marksShown } from '../../content/saved-marks-setting';

export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The setting for the "Saved" marks on pages: one checkbox; pages follow it at once (storage.onChanged). */
export function SavedMarksToggle({ storage }: { storage: SettingsArea }) {
  const [shown, setShown] = useState<boolean | null>(null);
  useEffect(() => {
    void storage.get(SHOW_SAVED_MARKS).then((v) => setShown(marksShown(v[SHOW_SAVED_MARKS])));
  }, [storage]);
  return (
    <label class="btn" title="Mark the papers you saved where they are listed on the sites Papershelf reads">
      <input
        type="checkbox"
        checked={shown ?? true}
        disabled={shown === null}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          setShown(on);
          void storage.set({ [SHOW_SAVED_MARKS]: on });
        }}
      />{' '}
      Marks on pages
    </label>
  );
}
