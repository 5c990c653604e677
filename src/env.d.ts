// The site's origin as a CSS variable, for print (src/integrations/site-url.ts).
declare module 'virtual:csto/site-origin.css';

// `import script from './x.ts?inline-script'`: the module bundled and minified into a string (src/integrations/inline-script.ts).
declare module '*?inline-script' {
  const script: string;
  export default script;
}
