import type { presentTaskList } from './task-list.presenter';

type TaskList = ReturnType<typeof presentTaskList>;

/** govukTaskList arguments for one group of sections. */
export function taskListGroups(taskList: TaskList) {
  return taskList.groups.map((group) => ({
    heading: group.heading,
    args: {
      idPrefix: group.heading.toLowerCase().replace(/\W+/g, '-'),
      items: group.tasks.map((task) => ({
        title: { text: task.title },
        href: task.href,
        status: task.status.tag ? { tag: task.status.tag } : { text: task.status.text },
      })),
    },
  }));
}
