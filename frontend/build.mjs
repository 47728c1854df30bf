// Builds the front end into the application's static resources so the jar serves it offline.
// Run by Maven (exec-maven-plugin) after `npm ci`; no CDN and no downloaded Node.
import { compile } from "sass";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
const assets = join(root, "target", "classes", "static", "assets");
const testResources = join(root, "target", "test-classes", "frontend");

mkdirSync(join(assets, "css"), { recursive: true });
mkdirSync(join(assets, "js"), { recursive: true });
mkdirSync(testResources, { recursive: true });

const css = compile(join(root, "frontend", "app.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(assets, "css", "app.css"), css.css);

cpSync(join(govuk, "govuk-frontend.min.js"), join(assets, "js", "govuk-frontend.min.js"));
cpSync(join(root, "frontend", "init.mjs"), join(assets, "js", "init.mjs"));
cpSync(join(govuk, "assets", "images"), join(assets, "images"), { recursive: true });
cpSync(join(govuk, "assets", "manifest.json"), join(assets, "manifest.json"));
// axe-core is for the browser tests only; it never ships in the product.
cpSync(join(root, "node_modules", "axe-core", "axe.min.js"), join(testResources, "axe.min.js"));
console.log("front end built into " + assets);
