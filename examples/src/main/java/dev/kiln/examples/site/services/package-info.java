/**
 * The site app's services, injected into its handlers: the user account ({@link
 * dev.kiln.examples.site.services.Users}), login sessions ({@link
 * dev.kiln.examples.site.services.Sessions}), the upload folder ({@link
 * dev.kiln.examples.site.services.FileStore}) and the HTML templates ({@link
 * dev.kiln.examples.site.services.Templates}).
 */
package dev.kiln.examples.site.services;
