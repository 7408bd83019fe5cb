import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * A lineage consumer in the manner of Marquez: `POST /api/v1/lineage` takes one OpenLineage event,
 * checks it against the published specification (./openlineage/, the event and each facet it
 * knows by its own schema, as the OpenLineage clients' validation does) and answers 201, or 400 with
 * the schema errors. What it accepted is kept for the test to read.
 */

const SPEC_DIR = path.join(__dirname, 'openlineage');
const readSpec = (file: string) => JSON.parse(fs.readFileSync(path.join(SPEC_DIR, file), 'utf8')) as { $id: string };

/** Facet name → the specification file that defines it. */
const FACET_FILES: Record<string, string> = {
  schema: 'SchemaDatasetFacet.json',
  columnLineage: 'ColumnLineageDatasetFacet.json',
  nominalTime: 'NominalTimeRunFacet.json',
  errorMessage: 'ErrorMessageRunFacet.json',
  jobType: 'JobTypeJobFacet.json',
};

export interface LineageValidator {
  /** The schema errors of an event, empty when it conforms. */
  errors(event: unknown): string[];
}

export function openLineageValidator(): LineageValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const core = readSpec('OpenLineage.json');
  ajv.addSchema(core);
  const facets: Record<string, ValidateFunction> = {};
  for (const [name, file] of Object.entries(FACET_FILES)) facets[name] = ajv.compile(readSpec(file));
  const validateEvent = ajv.getSchema(core.$id) as ValidateFunction;
  const describe = (where: string, validate: ValidateFunction) =>
    (validate.errors ?? []).map((error) => `${where}${error.instancePath} ${error.message ?? ''}`.trim());

  return {
    errors(event) {
      if (!validateEvent(event)) return describe('event', validateEvent);
      const found: string[] = [];
      const check = (where: string, facetMap: unknown) => {
        for (const [name, facet] of Object.entries((facetMap ?? {}) as Record<string, unknown>)) {
          const validate = facets[name];
          if (validate && !validate({ [name]: facet })) found.push(...describe(`${where}.${name}`, validate));
        }
      };
      const body = event as {
        run?: { facets?: unknown };
        job?: { facets?: unknown };
        inputs?: { facets?: unknown }[];
        outputs?: { facets?: unknown }[];
      };
      check('run.facets', body.run?.facets);
      check('job.facets', body.job?.facets);
      body.inputs?.forEach((input, i) => check(`inputs[${i}].facets`, input.facets));
      body.outputs?.forEach((output, i) => check(`outputs[${i}].facets`, output.facets));
      return found;
    },
  };
}

export interface LineageConsumer {
  url: string;
  accepted: Record<string, any>[];
  refused: { event: unknown; errors: string[] }[];
  close(): Promise<void>;
}

export async function startLineageConsumer(): Promise<LineageConsumer> {
  const validator = openLineageValidator();
  const accepted: Record<string, any>[] = [];
  const refused: LineageConsumer['refused'] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/api/v1/lineage') {
        response.writeHead(404).end();
        return;
      }
      let event: unknown;
      try {
        event = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        response.writeHead(400, { 'content-type': 'application/json' }).end('{"errors":["not JSON"]}');
        return;
      }
      const errors = validator.errors(event);
      if (errors.length > 0) {
        refused.push({ event, errors });
        response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors }));
        return;
      }
      accepted.push(event as Record<string, any>);
      response.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1/lineage`,
    accepted,
    refused,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
