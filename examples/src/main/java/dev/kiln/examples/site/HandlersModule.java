package dev.kiln.examples.site;

import dagger.Binds;
import dagger.Module;
import dagger.multibindings.ClassKey;
import dagger.multibindings.IntoMap;
import dev.kiln.examples.site.handlers.EchoRoutes;
import dev.kiln.examples.site.handlers.FileRoutes;
import dev.kiln.examples.site.handlers.LoginRoutes;
import dev.kiln.examples.site.handlers.PageRoutes;
import dev.kiln.examples.site.handlers.StreamRoutes;
import dev.kiln.examples.site.handlers.WelcomeRoutes;

/**
 * Puts every handler class into the map the router takes its instances from, keyed by class. The
 * router finds the classes by scanning; a scanned class missing here fails {@code build()} with
 * its name.
 */
@Module
interface HandlersModule {

    /**
     * Binds the echo routes.
     *
     * @param routes the instance Dagger builds
     * @return the map entry's value
     */
    @Binds
    @IntoMap
    @ClassKey(EchoRoutes.class)
    Object echo(EchoRoutes routes);

    /**
     * Binds the page routes.
     *
     * @param routes the instance Dagger builds
     * @return the map entry's value
     */
    @Binds
    @IntoMap
    @ClassKey(PageRoutes.class)
    Object pages(PageRoutes routes);

    /**
     * Binds the login routes.
     *
     * @param routes the instance Dagger builds
     * @return the map entry's value
     */
    @Binds
    @IntoMap
    @ClassKey(LoginRoutes.class)
    Object login(LoginRoutes routes);

    /**
     * Binds the welcome route.
     *
     * @param routes the instance Dagger builds
     * @return the map entry's value
     */
    @Binds
    @IntoMap
    @ClassKey(WelcomeRoutes.class)
    Object welcome(WelcomeRoutes routes);

    /**
     * Binds the file routes.
     *
     * @param routes the instance Dagger builds
     * @return the map entry's value
     */
    @Binds
    @IntoMap
    @ClassKey(FileRoutes.class)
    Object files(FileRoutes routes);

    /**
     * Binds the stream route.
     *
     * @param routes the instance Dagger builds
     * @return the map entry's value
     */
    @Binds
    @IntoMap
    @ClassKey(StreamRoutes.class)
    Object stream(StreamRoutes routes);
}
