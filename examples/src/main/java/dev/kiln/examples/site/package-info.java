/**
 * The example site: {@link dev.kiln.examples.site.SiteApp} starts it,
 * {@link dev.kiln.examples.site.SiteComponent} (Dagger) builds its handler classes and services,
 * {@link dev.kiln.examples.site.SiteServer} puts the router and the listeners together.
 */
package dev.kiln.examples.site;
