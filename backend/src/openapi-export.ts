/** Prints the OpenAPI document as JSON (see describeApi); the frontend's `npm run api:types` turns it into src/api/schema.d.ts. */
import 'reflect-metadata';
import { describeApi } from './openapi';

describeApi()
  .then((document) => process.stdout.write(`${JSON.stringify(document, null, 2)}\n`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
