// @ts-check
// The book's Content-Security-Policy has form-action 'none', so no form can
// send data anywhere. The search box is the one form the book uses: turn its
// submit into a plain navigation to the search page, which the policy allows.
document.addEventListener("submit", (event) => {
  const form = /** @type {HTMLFormElement} */ (event.target);
  if (!form.matches?.("form.bd-search")) return;
  event.preventDefault();
  const input = /** @type {HTMLInputElement|null} */ (form.querySelector('input[name="q"]'));
  const url = new URL(form.getAttribute("action") || "search.html", document.baseURI);
  url.searchParams.set("q", input ? input.value : "");
  window.location.href = url.href;
});
