// `import script from './x.ts?inline-script'`: the module bundled and minified into a string (src/integrations/inline-script.ts).
declare module '*?inline-script' {
  const script: string;
  export default script;
}
