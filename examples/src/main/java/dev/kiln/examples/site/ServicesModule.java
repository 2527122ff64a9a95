package dev.kiln.examples.site;

import dagger.Module;
import dagger.Provides;
import dev.kiln.examples.site.services.FileStore;
import dev.kiln.examples.site.services.Sessions;
import dev.kiln.examples.site.services.Templates;
import dev.kiln.examples.site.services.Users;
import jakarta.inject.Singleton;
import tools.jackson.databind.json.JsonMapper;

/** Builds the services the handlers share, one of each, from the {@link SiteConfig}. */
@Module
final class ServicesModule {

    private ServicesModule() {
    }

    @Provides
    @Singleton
    static Users users(SiteConfig config) {
        return new Users(config.username(), config.password());
    }

    @Provides
    @Singleton
    static Sessions sessions() {
        return new Sessions();
    }

    @Provides
    @Singleton
    static FileStore fileStore(SiteConfig config) {
        return new FileStore(config.filesDir(), config.maxUpload());
    }

    @Provides
    @Singleton
    static Templates templates() {
        return new Templates();
    }

    @Provides
    @Singleton
    static JsonMapper json() {
        return JsonMapper.builder().build();
    }
}
