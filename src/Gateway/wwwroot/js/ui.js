// Small DOM helpers shared by the views: building elements without innerHTML, the reason dialog,
// announcements for screen readers, and the labels of pipeline stages.

// h('button', { class: 'secondary', onclick }, 'Approve'): props starting with "on" are listeners,
// "dataset" and "style" objects are merged, false/null props and children are skipped.
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'dataset' || name === 'style') Object.assign(element[name], value);
    else if (name === 'class') element.className = value;
    else if (name in element && typeof value !== 'string') element[name] = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

export const STAGES = ['CALIBRATION', 'SOURCED', 'SHORTLISTED', 'CONTACTED', 'REPLIED', 'SCREENING', 'INTERVIEWING', 'HIRED', 'ARCHIVED'];

export function stageLabel(stage) {
  return stage.charAt(0) + stage.slice(1).toLowerCase();
}

export function enumLabel(value) {
  return value ? (value.charAt(0) + value.slice(1).toLowerCase()).replaceAll('_', ' ') : '';
}

export function formatDate(value) {
  if (!value) return '';
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

// Polite announcement for screen readers (and a visible toast).
export function announce(text) {
  const announcer = document.getElementById('announcer');
  announcer.textContent = '';
  requestAnimationFrame(() => { announcer.textContent = text; });
}

// Asks for a reason in the shared modal dialog; resolves to the trimmed text, or null when cancelled.
export function askReason(title, { label = 'Reason', value = '', required = true } = {}) {
  const dialog = document.getElementById('reason-dialog');
  const text = document.getElementById('reason-text');
  document.getElementById('reason-title').textContent = title;
  dialog.querySelector('label[for="reason-text"]').textContent = label;
  text.value = value;
  text.required = required;
  const opener = document.activeElement;
  return new Promise(resolve => {
    const cancel = document.getElementById('reason-cancel');
    const done = result => {
      dialog.removeEventListener('close', onClose);
      cancel.removeEventListener('click', onCancel);
      opener?.focus?.();
      resolve(result);
    };
    const onClose = () => done(dialog.returnValue === 'ok' && text.value.trim() ? text.value.trim() : (required ? null : text.value.trim()));
    const onCancel = () => { dialog.returnValue = 'cancel'; dialog.close(); };
    dialog.addEventListener('close', onClose);
    cancel.addEventListener('click', onCancel);
    dialog.returnValue = '';
    dialog.showModal();
    text.focus();
  });
}

// Renders an error where a view's content would be.
export function errorBlock(error) {
  return h('p', { class: 'error', role: 'alert' }, error?.code === 'NOT_FOUND' ? 'Not found: it may have been removed, or it is not yours.' : `Something went wrong: ${error?.message ?? error}`);
}
