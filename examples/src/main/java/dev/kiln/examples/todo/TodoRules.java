package dev.kiln.examples.todo;

/** The rules a to-do's fields must follow; each broken rule is an {@link InvalidTodoException}. */
final class TodoRules {

    /** The longest title: {@value} characters. */
    static final int MAX_TITLE = 200;

    private TodoRules() {
    }

    /**
     * Checks a title and returns it without surrounding spaces.
     *
     * @param title the title from the request
     * @return the trimmed title
     * @throws InvalidTodoException when it is missing, blank, too long or holds control characters
     */
    static String title(String title) {
        if (title == null) {
            throw new InvalidTodoException("title", "title is required");
        }
        String trimmed = title.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidTodoException("title", "title must not be blank");
        }
        if (trimmed.length() > MAX_TITLE) {
            throw new InvalidTodoException("title",
                    "title must be at most " + MAX_TITLE + " characters, was " + trimmed.length());
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidTodoException("title", "title must not contain control characters");
        }
        return trimmed;
    }

    /**
     * Checks that a required flag is present.
     *
     * @param done the flag from the request
     * @return its value
     * @throws InvalidTodoException when it is missing
     */
    static boolean done(Boolean done) {
        if (done == null) {
            throw new InvalidTodoException("done", "done is required");
        }
        return done;
    }
}
