// Code annotation markers are links without text: give each a name screen readers can say.
(function () {
  var word = document.documentElement.lang === "en" ? "Annotation" : "주석";
  function name(root) {
    root.querySelectorAll("a.md-annotation__index:not([aria-label])").forEach(function (link) {
      var id = link.querySelector("[data-md-annotation-id]");
      link.setAttribute("aria-label", word + " " + (id ? id.getAttribute("data-md-annotation-id") : ""));
    });
  }
  new MutationObserver(function () { name(document); }).observe(document.documentElement, { childList: true, subtree: true });
})();
