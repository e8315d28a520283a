import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../app/fonts.css';
import './field.css';
import { db } from '../offline/db';
import { FieldApp } from './FieldApp';
import { I18n, loadCatalogue, storedLang, translator } from './texts';

/**
 * The field entry (field.html: /field, /outbox, /outbox/:id; docs/adr/0021): plain React,
 * Dexie and a few CSS rules, so that the installed app opens fast with no signal on a cheap
 * phone. The main app (index.html) keeps everything else.
 */
// Open IndexedDB now, while React draws the first frame: Dexie would open it only at the first
// query, after that frame (on a loaded phone the open is the slowest step of an offline start).
void db.open().catch(() => {});
const lang = storedLang();
void loadCatalogue(lang).then((cat) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18n.Provider value={{ t: translator(cat), lang }}>
        <FieldApp />
      </I18n.Provider>
    </StrictMode>,
  );
});
