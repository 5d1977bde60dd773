using System.Text.Json;
using Microsoft.Playwright;

namespace Expo.Web.Tests.Finish;

/// <summary>A text the page shows or announces (text or a named attribute), with where it sits.</summary>
public sealed record ShownText(string Text, string Where);

/// <summary>
/// Reads what a person sees and hears on a page: visible text nodes and the attributes screen readers speak. Text
/// inside an element that declares another language (<c>lang</c>, as the language switch's "中文" does) is left out:
/// it is marked as foreign, which is what WCAG asks of it.
/// </summary>
public static class PageTexts
{
    private const string Script = """
        () => {
          const lang = (document.documentElement.lang || 'en').slice(0, 2);
          const foreign = (node) => {
            const el = node.nodeType === 1 ? node : node.parentElement;
            const declared = el?.closest('[lang]')?.getAttribute('lang')?.slice(0, 2);
            return declared && declared !== lang;
          };
          const where = (el) => {
            const parts = [];
            for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
              parts.unshift(e.id ? `#${e.id}` : e.tagName.toLowerCase() + (e.classList[0] ? `.${e.classList[0]}` : ''));
            }
            return parts.join(' > ');
          };
          const out = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent.trim();
            const el = node.parentElement;
            if (!text || !el || el.closest('script, style, noscript, template') || foreign(node)) continue;
            if (!el.checkVisibility({ visibilityProperty: true })) continue;
            out.push({ text, where: where(el) });
          }
          for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], img[alt], [aria-description]')) {
            if (foreign(el) || el.closest('[hidden]')) continue;
            for (const attr of ['aria-label', 'placeholder', 'title', 'alt', 'aria-description']) {
              const value = el.getAttribute(attr)?.trim();
              if (value) out.push({ text: value, where: `${where(el)} @${attr}` });
            }
          }
          out.push({ text: document.title, where: 'title' });
          return out;
        }
        """;

    public static async Task<IReadOnlyList<ShownText>> ReadAsync(IPage page)
    {
        var found = await page.EvaluateAsync<JsonElement>(Script);
        return [.. found.EnumerateArray().Select(t => new ShownText(t.GetProperty("text").GetString()!, t.GetProperty("where").GetString()!))];
    }
}
