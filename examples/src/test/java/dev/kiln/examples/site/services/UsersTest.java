package dev.kiln.examples.site.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsersTest {

    private final Users users = new Users("admin", "secret");

    @Test
    void acceptsTheRightNameAndPassword() {
        assertEquals(Optional.of("admin"), users.authenticate("admin", "secret"));
    }

    @Test
    void refusesAWrongPasswordAWrongNameAndMissingValues() {
        assertTrue(users.authenticate("admin", "secreT").isEmpty());
        assertTrue(users.authenticate("admin", "secret ").isEmpty());
        assertTrue(users.authenticate("Admin", "secret").isEmpty());
        assertTrue(users.authenticate("admin", "").isEmpty());
        assertTrue(users.authenticate(null, null).isEmpty());
        assertTrue(users.authenticate("admin", null).isEmpty());
    }

    @Test
    void refusesEmptyCredentialsAtConstruction() {
        assertThrows(IllegalArgumentException.class, () -> new Users(" ", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Users("x", ""));
    }
}
