import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../app/fonts.css';
import './field.css';
import { FieldApp } from './FieldApp';
import { I18n, loadCatalogue, storedLang, translator } from './texts';

/**
 * The field entry (field.html: /field, /outbox, /outbox/:id; docs/adr/0021): plain React,
 * Dexie and a few CSS rules, so that the installed app opens fast with no signal on a cheap
 * phone. The main app (index.html) keeps everything else.
 */
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
