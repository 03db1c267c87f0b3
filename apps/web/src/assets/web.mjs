// Progressive enhancement only: every page works without this script.
import { initAll } from '/assets/govuk/govuk-frontend.min.js';

initAll();

// Pickers (a <select data-autocomplete>) become accessible-autocomplete inputs.
const pickers = document.querySelectorAll('select[data-autocomplete]');
if (pickers.length > 0) {
  const script = document.createElement('script');
  script.src = '/assets/autocomplete/accessible-autocomplete.min.js';
  script.onload = () => {
    for (const select of pickers)
      window.accessibleAutocomplete.enhanceSelectElement({
        selectElement: select,
        defaultValue: '',
        showAllValues: true,
        dropdownArrow: () => '',
      });
  };
  document.head.appendChild(script);
}

// Session timeout warning: two minutes before the inactivity timeout, offer to stay signed in.
const dialog = document.getElementById('timeout-warning');
if (dialog && typeof dialog.showModal === 'function') {
  const minutes = Number(dialog.dataset.minutes || 30);
  let warnTimer;
  let endTimer;
  const arm = () => {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(() => dialog.showModal(), Math.max(minutes - 2, 0.5) * 60_000);
    endTimer = setTimeout(() => window.location.assign('/sign-in?signedOut=timeout'), minutes * 60_000);
  };
  dialog.querySelector('[data-timeout-extend]').addEventListener('click', async () => {
    const token = dialog.querySelector('input[name="_csrf"]').value;
    const response = await fetch('/session/extend', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token }),
    });
    dialog.close();
    if (response.status === 401) window.location.assign('/sign-in?signedOut=timeout');
    else arm();
  });
  arm();
}
