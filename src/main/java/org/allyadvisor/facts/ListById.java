package org.allyadvisor.facts;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list that also finds an item by its id in constant time, so that looking up every
 * ally of a set one by one costs as much as reading the set, not its square. Equal to any list with
 * the same items in the same order.
 */
final class ListById<T> extends AbstractList<T> implements RandomAccess {

    private final List<T> items;
    private final Map<String, T> byId;

    private ListById(List<T> items, Function<T, String> id) {
        this.items = List.copyOf(items);
        Map<String, T> index = new HashMap<>();
        for (T item : this.items) {
            index.putIfAbsent(
                    id.apply(item), item); // the first with an id, as a scan would find it
        }
        this.byId = index;
    }

    /** The items, indexed by {@code id}; a list indexed already is kept as it is. */
    static <T> ListById<T> of(List<T> items, Function<T, String> id) {
        return items instanceof ListById<T> indexed ? indexed : new ListById<>(items, id);
    }

    /** The first item with this id. */
    Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
