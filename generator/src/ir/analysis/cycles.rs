//! Types that contain themselves without passing through a `Vec` or a map would have
//! infinite size: the struct fields and union members that close such a cycle are boxed.

use crate::ir::*;

/// Marks every struct field and union member whose type leads back to its owner.
pub fn mark_boxed(provider: &mut Provider) {
    let direct = |provider: &Provider, id: TypeId| -> Vec<(usize, TypeId)> {
        match &provider.ty(id).kind {
            TypeKind::Struct(s) => s
                .fields
                .iter()
                .enumerate()
                .filter_map(|(i, f)| match f.ty {
                    TypeRef::Named(target) => Some((i, target)),
                    _ => None,
                })
                .collect(),
            TypeKind::Union(u) => u
                .members
                .iter()
                .enumerate()
                .filter_map(|(i, m)| match m.ty {
                    TypeRef::Named(target) => Some((i, target)),
                    _ => None,
                })
                .collect(),
            TypeKind::Enum(_) => Vec::new(),
        }
    };
    let components = strongly_connected(provider.types.len(), |id| {
        direct(provider, TypeId(id as u32))
            .into_iter()
            .map(|(_, t)| t.0 as usize)
            .collect()
    });
    for id in 0..provider.types.len() {
        for (index, target) in direct(provider, TypeId(id as u32)) {
            if components[id] != components[target.0 as usize] {
                continue;
            }
            match &mut provider.types[id].kind {
                TypeKind::Struct(s) => s.fields[index].boxed = true,
                TypeKind::Union(u) => u.members[index].boxed = true,
                TypeKind::Enum(_) => {}
            }
        }
    }
}

/// Tarjan's algorithm: the component number of each node.
pub(crate) fn strongly_connected(count: usize, edges: impl Fn(usize) -> Vec<usize>) -> Vec<usize> {
    struct State {
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        component: Vec<usize>,
        next_index: usize,
        next_component: usize,
    }
    let mut s = State {
        index: vec![None; count],
        low: vec![0; count],
        on_stack: vec![false; count],
        stack: Vec::new(),
        component: vec![usize::MAX; count],
        next_index: 0,
        next_component: 0,
    };
    // Iterative, so deep type chains cannot overflow the stack.
    for root in 0..count {
        if s.index[root].is_some() {
            continue;
        }
        let mut work: Vec<(usize, Vec<usize>, usize)> = vec![(root, edges(root), 0)];
        s.index[root] = Some(s.next_index);
        s.low[root] = s.next_index;
        s.next_index += 1;
        s.stack.push(root);
        s.on_stack[root] = true;
        while let Some((node, targets, position)) = work.last_mut() {
            let node = *node;
            if let Some(&target) = targets.get(*position) {
                *position += 1;
                match s.index[target] {
                    None => {
                        s.index[target] = Some(s.next_index);
                        s.low[target] = s.next_index;
                        s.next_index += 1;
                        s.stack.push(target);
                        s.on_stack[target] = true;
                        work.push((target, edges(target), 0));
                    }
                    Some(target_index) if s.on_stack[target] => {
                        s.low[node] = s.low[node].min(target_index);
                    }
                    Some(_) => {}
                }
                continue;
            }
            work.pop();
            if let Some((parent, _, _)) = work.last() {
                s.low[*parent] = s.low[*parent].min(s.low[node]);
            }
            if Some(s.low[node]) == s.index[node] {
                while let Some(member) = s.stack.pop() {
                    s.on_stack[member] = false;
                    s.component[member] = s.next_component;
                    if member == node {
                        break;
                    }
                }
                s.next_component += 1;
            }
        }
    }
    s.component
}

#[cfg(test)]
mod tests {
    use super::strongly_connected;

    #[test]
    fn cycles_share_a_component() {
        // 0 -> 1 -> 2 -> 0, 2 -> 3, 3 -> 3
        let edges = |n: usize| match n {
            0 => vec![1],
            1 => vec![2],
            2 => vec![0, 3],
            3 => vec![3],
            _ => vec![],
        };
        let c = strongly_connected(5, edges);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[2], c[3]);
        assert_ne!(c[3], c[4]);
    }
}
