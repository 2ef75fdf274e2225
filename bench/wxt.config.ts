/** The project's own WXT config, built into .output/bench/ so the benchmark never races other builds of .output/chrome-mv3. */
import { defineConfig } from 'wxt';
import base from '../wxt.config';

export default defineConfig({ ...base, outDir: '.output/bench' });
