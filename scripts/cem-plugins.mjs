// Plugins for @custom-elements-manifest/analyzer (see custom-elements-manifest.config.mjs). They
// teach it the three things our source says in its own way:
// - tags are registered with `HkTicketForm.define('hk-ticket-form')` (the base class's helper),
//   not `customElements.define()`, so the analyzer alone finds no tag name;
// - events are classes in src/events/ (`super('hk-ticket-created', detail)`), so an `@event` in a
//   class's JSDoc gets its class and detail type from there;
// - CSS custom properties are documented (`@cssproperty`) where the styles read them, on the `css`
//   constant, and belong to every element whose `static styles` lists that constant.
import { posix } from 'node:path';

/** `@cssproperty [--name=default] - description` or `@cssproperty --name - description`. */
const CSS_PROPERTY = /@cssprop(?:erty)?\s+(?:\[(--[\w-]+)(?:=([^\]]*))?\]|(--[\w-]+))(?:\s+-?\s*([^@]*))?/g;

const text = (node) => node.getText().trim();
const oneLine = (s) => s.replace(/\s*\n\s*\*?\s*/g, ' ').trim();

/** The module path an identifier is imported from, relative to the analyzed root. */
function importedFrom(ts, sourceFile, name, fromPath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((e) => e.name.text === name)) continue;
    return posix.join(posix.dirname(fromPath), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
  }
  return fromPath;
}

/** `X.define('tag')` registers class X as `tag`: a custom-element-definition, as for customElements.define. */
export function defineHelperPlugin() {
  return {
    name: 'helpkit: X.define(tag)',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const { expression: target, name } = node.expression;
      const [tag] = node.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(target) || target.text === 'customElements' || !tag || !ts.isStringLiteral(tag)) return;
      const module = importedFrom(ts, node.getSourceFile(), target.text, moduleDoc.path);
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: target.text, module } });
    },
    packageLinkPhase({ customElementsManifest }) {
      // The helper's own `customElements.define(tag, this)` names no tag: not a definition.
      for (const mod of customElementsManifest.modules) {
        const bogus = (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition' && !e.name.includes('-'));
        if (!bogus.length) continue;
        mod.exports = mod.exports.filter((e) => !bogus.includes(e));
        mod.declarations = mod.declarations.filter((d) => !(d.kind === 'variable' && bogus.some((b) => b.name === d.name)));
      }
    },
  };
}

/** Event classes: `class X extends HelpkitEvent<Detail>` whose constructor calls `super('name', …)`. */
export function eventTypesPlugin() {
  /** name → { className, detail, module } */
  const events = new Map();
  return {
    name: 'helpkit: event classes',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const heritage = node.heritageClauses?.[0]?.types[0];
      const detail = heritage?.typeArguments?.[0];
      if (!detail) return;
      let eventName;
      const visit = (child) => {
        if (ts.isCallExpression(child) && child.expression.kind === ts.SyntaxKind.SuperKeyword && ts.isStringLiteral(child.arguments[0] ?? child)) {
          eventName = child.arguments[0].text;
        }
        ts.forEachChild(child, visit);
      };
      visit(node);
      if (eventName) events.set(eventName, { className: node.name.text, detail: oneLine(text(detail)), module: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      const byClass = new Map([...events].map(([name, e]) => [e.className, name]));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations) {
          if (!declaration.events) continue;
          const merged = new Map();
          for (const event of declaration.events) {
            // `dispatchEvent(new HkSearchEvent(…))` is found by the analyzer without a name.
            const name = event.name ?? byClass.get(event.type?.text);
            if (!name) continue;
            const known = events.get(name);
            const entry = { ...merged.get(name), ...event, name };
            if (known) {
              entry.type = { text: known.className };
              // Not in the schema's Event (which has only the event's type): what `event.detail` holds.
              entry.detail = { text: known.detail };
            }
            merged.set(name, entry);
          }
          declaration.events = [...merged.values()];
        }
      }
    },
  };
}

/** `@cssproperty` on a styles constant; given to each element whose `static styles` lists it. */
export function stylesCssPropertiesPlugin() {
  /** constant name → cssProperties */
  const documented = new Map();
  /** class name → constants in its static styles */
  const uses = new Map();
  return {
    name: 'helpkit: css properties from styles',
    analyzePhase({ ts, node }) {
      if (ts.isVariableStatement(node)) {
        const comment = (node.jsDoc ?? []).map((doc) => doc.getFullText()).join('\n');
        const properties = [...comment.matchAll(CSS_PROPERTY)].map(([, bracketed, fallback, plain, description]) => ({
          name: bracketed ?? plain,
          ...(fallback ? { default: fallback.trim() } : {}),
          ...(description?.trim() ? { description: oneLine(description.replace(/\*\/\s*$/, '')) } : {}),
        }));
        if (properties.length) for (const d of node.declarationList.declarations) documented.set(d.name.getText(), properties);
      }
      if (ts.isPropertyDeclaration(node) && node.name.getText() === 'styles' && ts.isClassDeclaration(node.parent) && node.parent.name) {
        const init = node.initializer;
        const names = init && ts.isArrayLiteralExpression(init) ? init.elements.map(text) : init ? [text(init)] : [];
        uses.set(node.parent.name.text, names);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations) {
          const names = uses.get(declaration.name);
          if (declaration.kind !== 'class' || !names) continue;
          const all = new Map((declaration.cssProperties ?? []).map((p) => [p.name, p]));
          for (const property of names.flatMap((n) => documented.get(n) ?? [])) if (!all.has(property.name)) all.set(property.name, property);
          declaration.cssProperties = [...all.values()];
        }
      }
    },
  };
}
