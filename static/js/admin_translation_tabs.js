/* modeltranslation's language tabs (tabbed_translation_fields.js) without what axe-core finds
   wrong in them. Loaded right after that script by narvik_tilflytter/admin_widgets.py's
   TranslationTabsMixin, so this runs once the tabs are made. Without JavaScript there are no
   tabs: each language's field is shown with its own label. Tabs made later (an inline's «Add
   another» row with translated fields) are left as they are: no admin here has such an inline. */
"use strict";
(function () {
  var script = document.currentScript;

  django.jQuery(function ($) {
    // jQuery UI makes each <li> the tab: it has role="tab", it is in the Tab order, and it
    // takes the click, Enter, Space and the arrow keys. The link jQuery UI leaves inside it is
    // a control inside a control (axe: nested-interactive). Its address told jQuery UI which
    // panel is the tab's (now in the tab's aria-controls); without it the link is plain text.
    // A tab without an address would be one jQuery UI loads over the network, so each tab set
    // is told its panels are all on the page (its _isLocal; jQuery UI 1.14, static/vendor).
    $(".ui-tabs").each(function () {
      var tabs = $(this).tabs("instance");
      if (!tabs) {
        return;
      }
      tabs._isLocal = function () {
        return true;
      };
      tabs.anchors.removeAttr("href").removeAttr("tabindex");
    });
    // Each tab says its language's name, not its code: modeltranslation writes the code as the
    // text and the name («Norsk bokmål») only as a title, which a screen reader may not read.
    $(".ui-tabs-nav .ui-tabs-anchor[title]").each(function () {
      this.textContent = this.title;
      this.removeAttribute("title");
    });

    // The select that turns every field to one language sits inside the page's <h1> and has
    // no name (axe: select-name). It moves below the heading, with a label, and its options
    // name the languages («Vis alle feltene på norsk bokmål») instead of giving their codes.
    var select = document.getElementById("modeltranslation-main-switch");
    var heading = select && select.closest("h1");
    if (!heading) {
      return;
    }
    var names = new Intl.DisplayNames([document.documentElement.lang], { type: "language" });
    Array.prototype.forEach.call(select.options, function (option) {
      try {
        option.textContent = names.of(option.textContent);
      } catch (e) {
        // Not a language code Intl knows: the code stays.
      }
    });
    var label = document.createElement("label");
    label.htmlFor = select.id;
    label.textContent = script.dataset.switchLabel;
    var line = document.createElement("p");
    line.className = "translation-switch";
    line.append(label, " ", select);
    heading.after(line);
    // modeltranslation put a no-break space between the title and the select.
    var last = heading.lastChild;
    if (last && last.nodeType === Node.TEXT_NODE) {
      last.nodeValue = last.nodeValue.replace(/\u00a0$/, "");
    }
  });
})();
