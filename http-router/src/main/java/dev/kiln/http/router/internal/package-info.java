/**
 * The router's implementation: scanning, the route table, binders, result writers, error responses,
 * multipart parsing and static files. Not exported; not an API.
 */
package dev.kiln.http.router.internal;
