package grader.probe.calls;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** Calls a student's static method by name: the probe is compiled without the student's classes. */
public final class Reflect {

    private Reflect() {}

    public static Method staticMethod(String className, String name, Class<?>... parameters)
            throws ReflectiveOperationException {
        // Loaded and initialized before the clock starts: class loading is not the student's time.
        Class<?> type = Class.forName(className, true, Reflect.class.getClassLoader());
        Method method = type.getMethod(name, parameters);
        method.setAccessible(true);
        return method;
    }

    /** Invokes and rethrows what the student's code threw, not the reflection wrapper. */
    public static Object invoke(Method method, Object... args) throws Throwable {
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The value of a record component or no-argument accessor of a returned object. */
    public static Object accessor(Object target, String name) throws ReflectiveOperationException {
        Method m = target.getClass().getMethod(name);
        m.setAccessible(true);
        return m.invoke(target);
    }

    /** A returned list of numbers copied into plain longs (an item that is no number becomes null), or null. */
    public static List<Long> longs(Object list) {
        if (!(list instanceof List<?> items)) {
            return null;
        }
        List<Long> copy = new ArrayList<>();
        for (Object item : new ArrayList<>(items)) {
            copy.add(item instanceof Number number ? number.longValue() : null);
        }
        return copy;
    }
}
