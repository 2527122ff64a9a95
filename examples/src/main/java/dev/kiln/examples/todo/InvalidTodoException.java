package dev.kiln.examples.todo;

/**
 * A to-do that breaks a rule of {@link TodoRules}; the app answers it with a 400
 * {@code application/problem+json} body naming the field.
 */
public final class InvalidTodoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the JSON field at fault
     * @param message what is wrong with it
     */
    public InvalidTodoException(String field, String message) {
        super(message);
        this.field = field;
    }

    /**
     * Returns the field at fault.
     *
     * @return the JSON field name
     */
    public String field() {
        return field;
    }
}
