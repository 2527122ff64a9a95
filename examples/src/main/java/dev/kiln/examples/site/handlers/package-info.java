/**
 * The site app's handler classes: plain classes whose {@code @Get}/{@code @Post} methods the router
 * finds by scanning this package, with instances built by Dagger ({@code @Inject} constructors).
 */
package dev.kiln.examples.site.handlers;
