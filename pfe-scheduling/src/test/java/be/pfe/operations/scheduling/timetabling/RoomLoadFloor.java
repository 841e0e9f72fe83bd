package be.pfe.operations.scheduling.timetabling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lower bound of the room-load-spread penalty ({@link TimetableConstraints#roomLoadSpread}: the sum over rooms of
 * n(n-1)/2 for n lessons) for a term, to read the benchmark's soft score against: no timetable without hard
 * conflicts can do better.
 * <p>
 * It solves a relaxation exactly: each lesson goes to one of its group's candidate rooms, at most one lesson per
 * weekly slot in a room, but a group's lessons may go to different rooms (so the true optimum can be higher).
 * That is a minimum-cost flow with convex costs, solved by successive shortest paths: each lesson in turn goes to
 * the least loaded room it can reach, where reaching a room may move earlier lessons of other groups to another
 * of their candidate rooms (those moves cost nothing, so the shortest path ends at the least loaded reachable
 * room).
 */
final class RoomLoadFloor {

    private RoomLoadFloor() {
    }

    static long of(Timetable timetable) {
        int capacity = timetable.getSlots().size();
        // groups with the same candidate rooms are interchangeable: one node each
        Map<List<RoomResource>, Integer> lessonsByRooms = new LinkedHashMap<>();
        for (LessonGroup group : timetable.getGroups()) {
            lessonsByRooms.merge(group.getCandidateRooms(), group.size(), Integer::sum);
        }
        List<List<RoomResource>> kinds = new ArrayList<>(lessonsByRooms.keySet());
        Map<RoomResource, Map<Integer, Integer>> flow = new HashMap<>(); // room -> kind -> lessons
        Map<RoomResource, Integer> load = new HashMap<>();
        for (int kind = 0; kind < kinds.size(); kind++) {
            for (int lesson = 0; lesson < lessonsByRooms.get(kinds.get(kind)); lesson++) {
                augment(kind, kinds, flow, load, capacity);
            }
        }
        return load.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    }

    /** Puts one more lesson of the kind in the least loaded room it can reach, shifting others along the way. */
    private static void augment(int kind, List<List<RoomResource>> kinds, Map<RoomResource, Map<Integer, Integer>> flow,
                                Map<RoomResource, Integer> load, int capacity) {
        Map<RoomResource, Integer> reachedFrom = new HashMap<>(); // room -> the kind that reached it
        Map<Integer, RoomResource> kindReachedVia = new HashMap<>(); // kind -> the room it is moved out of
        Deque<Integer> queue = new ArrayDeque<>(List.of(kind));
        kindReachedVia.put(kind, null);
        RoomResource best = null;
        while (!queue.isEmpty()) {
            int current = queue.poll();
            for (RoomResource room : kinds.get(current)) {
                if (reachedFrom.containsKey(room)) {
                    continue;
                }
                reachedFrom.put(room, current);
                int roomLoad = load.getOrDefault(room, 0);
                if (roomLoad < capacity && (best == null || roomLoad < load.getOrDefault(best, 0))) {
                    best = room;
                }
                for (Map.Entry<Integer, Integer> held : flow.getOrDefault(room, Map.of()).entrySet()) {
                    if (held.getValue() > 0 && !kindReachedVia.containsKey(held.getKey())) {
                        kindReachedVia.put(held.getKey(), room);
                        queue.add(held.getKey());
                    }
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("More lessons than room slots for " + kinds.get(kind));
        }
        load.merge(best, 1, Integer::sum);
        RoomResource room = best;
        while (room != null) {
            int via = reachedFrom.get(room);
            flow.computeIfAbsent(room, key -> new HashMap<>()).merge(via, 1, Integer::sum);
            RoomResource movedOutOf = kindReachedVia.get(via);
            if (movedOutOf != null) {
                // a lesson of that kind leaves the room, the one that reached it takes its place: same load
                flow.get(movedOutOf).merge(via, -1, Integer::sum);
            }
            room = movedOutOf;
        }
    }
}
