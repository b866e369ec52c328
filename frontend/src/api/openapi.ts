/**
 * Request and answer types of an endpoint, read from the generated
 * ./schema.d.ts by path and method: a call whose endpoint the backend no
 * longer has, or whose shapes changed, stops compiling (vue-tsc).
 */
import type { paths } from './schema';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type ApiPath = keyof paths;
type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON `M P` answers with on success (its 200 or 201). */
export type Answer<P extends ApiPath, M extends Method> = Operation<P, M> extends { responses: infer R } ? JsonOf<R[Extract<keyof R, 200 | 201>]> : never;

/** The JSON body `M P` takes. */
export type Body<P extends ApiPath, M extends Method> = Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** The query parameters `M P` takes. */
export type Query<P extends ApiPath, M extends Method> = Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
