import type { ModelListing } from '@g4f/core';
import { Command } from 'commander';
import type { TerminalIO } from '../terminal-io.js';

const COLUMNS = ['MODEL', 'ALIASES', 'PROVIDERS', 'TAKES', 'GIVES'] as const;

function row(listing: ModelListing): string[] {
  return [listing.model, listing.aliases.join(', '), listing.providers.join(', '), listing.takes.join(', '), listing.gives.join(', ')];
}

/** Lays rows out in columns two spaces apart. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((cells) => cells[column]?.length ?? 0))) ?? [];
  return rows.map((cells) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}

/** `g4f models`: every model with its aliases, providers and capabilities. */
export function modelsCommand(io: TerminalIO): Command {
  return new Command('models')
    .description('list the models, their aliases, the providers that serve them and what they take and give')
    .option('--json', 'the list as JSON')
    .action(async (flags: { json?: boolean }) => {
      // Loaded when the command runs (so `g4f --help` starts fast); importing the providers registers them.
      await import('@g4f/provider-hf-space');
      const { getRegistry, listModels } = await import('@g4f/core');
      const listings = listModels();
      if (flags.json === true) {
        io.stdout.write(`${JSON.stringify(listings, null, 2)}\n`);
        return;
      }
      // Names the registry builds on demand (space:owner/name) cannot be listed; say they exist.
      const families = getRegistry().resolvers().map((resolver) => `\nAlso: ${resolver.description}.`);
      io.stdout.write(`${formatTable([[...COLUMNS], ...listings.map(row)])}\n${families.join('')}${families.length > 0 ? '\n' : ''}`);
    });
}
