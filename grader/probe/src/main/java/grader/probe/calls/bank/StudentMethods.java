package grader.probe.calls.bank;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** The student's {@code homework.bank} methods, found by name: the probe is compiled without the student's classes. */
final class StudentMethods {

    static final String COUNTER = "homework.bank.Counter";
    static final String BANK = "homework.bank.Bank";

    private StudentMethods() {}

    static Class<?> type(String name) {
        try {
            return Class.forName(name, true, StudentMethods.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is not there", e);
        }
    }

    static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            Method method = type.getMethod(name, parameters);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + "." + name + " is not there", e);
        }
    }

    /** A new instance, rethrowing what the student's constructor threw. */
    static Object construct(Class<?> type, Class<?>[] parameters, Object... args) throws Throwable {
        try {
            var constructor = type.getConstructor(parameters);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Invokes and rethrows what the student's code threw, not the reflection wrapper. */
    static Object invoke(Method method, Object target, Object... args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
