package dev.kiln.http.router.internal;

import dev.kiln.http.core.HttpException;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import dev.kiln.http.router.ExceptionMapper;
import java.util.Map;

/**
 * Turns any exception into a response: a user {@link ExceptionMapper} registered for the closest
 * superclass first; else an {@link HttpException} in the cause chain, as problem details with its
 * status, message and headers; else {@code 500} with a generic body and one log line with the stack
 * trace. Never throws.
 */
public final class ErrorResponder {

    private static final System.Logger LOG = System.getLogger("dev.kiln.http.router.Router");

    private final Map<Class<? extends Throwable>, ExceptionMapper<?>> mappers;
    private final ClassValue<ExceptionMapper<?>> resolved = new ClassValue<>() {
        @Override
        protected ExceptionMapper<?> computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                ExceptionMapper<?> mapper = mappers.get(c);
                if (mapper != null) {
                    return mapper;
                }
            }
            return null;
        }
    };

    /**
     * Creates the responder.
     *
     * @param mappers the user's mappers by exception type
     */
    public ErrorResponder(Map<Class<? extends Throwable>, ExceptionMapper<?>> mappers) {
        this.mappers = Map.copyOf(mappers);
    }

    /**
     * Answers a failure.
     *
     * @param request the request
     * @param error what was thrown
     * @return the response
     */
    @SuppressWarnings("unchecked")
    public Response respond(Request request, Throwable error) {
        if (error instanceof VirtualMachineError fatal) {
            throw fatal;
        }
        ExceptionMapper<Throwable> mapper = (ExceptionMapper<Throwable>) resolved.get(error.getClass());
        if (mapper != null) {
            try {
                Response response = mapper.toResponse(error, request);
                if (response != null) {
                    return response;
                }
                return internalError(request, new IllegalStateException("exception mapper returned null", error));
            } catch (Throwable mapperFailure) {
                if (mapperFailure instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
                mapperFailure.addSuppressed(error);
                return internalError(request, mapperFailure);
            }
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindingException binding) {
                return Problems.of(binding.status(), binding.type(), binding.title(), binding.getMessage(), binding.members(), binding.headers());
            }
            if (cause instanceof HttpException http) {
                return Problems.of(http.status(), http.getMessage(), http.headers());
            }
        }
        return internalError(request, error);
    }

    private static Response internalError(Request request, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "500 Internal Server Error for " + request.method() + " " + request.rawPath(), error);
        return Problems.of(Status.INTERNAL_SERVER_ERROR_500, "the server could not handle the request");
    }
}
