package dev.kiln.http.router.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FirstCallInvokerTest {

    private final String greeting = "hello";

    String greet(String name, int times) {
        return (greeting + " " + name).repeat(times);
    }

    static long sum(int a, long b, short c, byte d, int e, int f, int g, Integer h) {
        return a + b + c + d + e + f + g + h;
    }

    void nothing() {
    }

    @Test
    void callsAnInstanceMethodWithBoxedArgumentsEveryTime() throws Throwable {
        Invoker invoker = new FirstCallInvoker(handle("greet", String.class, String.class, int.class), this);

        assertEquals("hello kiln", invoker.invoke(new Object[] {"kiln", 1}));
        assertEquals("hello duckhello duck", invoker.invoke(new Object[] {"duck", 2}));
    }

    @Test
    void callsAStaticMethodWithMoreArgumentsThanTheDirectArities() throws Throwable {
        MethodHandle sum = MethodHandles.lookup().findStatic(FirstCallInvokerTest.class, "sum",
                MethodType.methodType(long.class, int.class, long.class, short.class, byte.class, int.class, int.class, int.class, Integer.class));
        Invoker invoker = new FirstCallInvoker(sum, null);

        assertEquals(36L, invoker.invoke(new Object[] {1, 2L, (short) 3, (byte) 4, 5, 6, 7, 8}));
        assertEquals(8L, invoker.invoke(new Object[] {1, 1L, (short) 1, (byte) 1, 1, 1, 1, 1}));
    }

    @Test
    void returnsNullForAVoidMethod() throws Throwable {
        assertNull(new FirstCallInvoker(handle("nothing", void.class), this).invoke(new Object[0]));
    }

    @Test
    void reportsAWrongArgumentTypeAsAClassCastOnEveryCall() throws Throwable {
        Invoker invoker = new FirstCallInvoker(handle("greet", String.class, String.class, int.class), this);

        assertThrows(ClassCastException.class, () -> invoker.invoke(new Object[] {42, 1}));
        assertThrows(ClassCastException.class, () -> invoker.invoke(new Object[] {42, 1}));
        assertEquals("hello x", invoker.invoke(new Object[] {"x", 1}));
    }

    @Test
    void answersEveryThreadRightWhenManyMakeTheFirstCallAtOnce() throws Exception {
        Invoker invoker = new FirstCallInvoker(handle("greet", String.class, String.class, int.class), this);
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String name = "n" + i;
            calls.add(() -> {
                try {
                    return invoker.invoke(new Object[] {name, 1});
                } catch (Throwable e) {
                    return e;
                }
            });
        }
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Object>> answers = threads.invokeAll(calls);
            for (int i = 0; i < answers.size(); i++) {
                assertEquals("hello n" + i, answers.get(i).get());
            }
        }
    }

    private static MethodHandle handle(String name, Class<?> returns, Class<?>... parameters) throws ReflectiveOperationException {
        return MethodHandles.lookup().findVirtual(FirstCallInvokerTest.class, name, MethodType.methodType(returns, parameters));
    }
}
