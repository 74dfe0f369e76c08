// The theme's "back to top" button, without Bootstrap (widgets/css_purge.py drops Bootstrap's 81 KB
// bundle, which also carried these two handlers). Same behaviour as pydata-sphinx-theme 0.17's
// bootstrap.js (BSD-3-Clause): shown while the reader scrolls up below the header, back to the top on click.
(() => {
  const start = () => {
    const button = document.getElementById("pst-back-to-top");
    const header = document.getElementsByClassName("bd-header")[0];
    if (!button || !header) return;
    button.addEventListener("click", () => {
      document.body.scrollTop = 0;
      document.documentElement.scrollTop = 0;
    });
    const bottom = header.getBoundingClientRect().bottom;
    let last = window.scrollY;
    window.addEventListener("scroll", () => {
      button.style.display = last > window.scrollY && window.scrollY > bottom ? "block" : "none";
      last = window.scrollY;
    });
  };
  if (document.readyState !== "loading") start();
  else document.addEventListener("DOMContentLoaded", start);
})();
