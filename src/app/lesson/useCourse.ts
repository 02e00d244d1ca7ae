import { useEffect, useState } from 'react';
import { loadCourse, loadedCourse } from '../../lessons/courseLoader';
import type { CourseModule } from '../../lessons/courseModule';

/** The course, loading it on first use (null until it arrives; a failed load leaves it null). */
export function useCourse(): CourseModule | null {
  const [course, setCourse] = useState(loadedCourse);
  useEffect(() => {
    if (!course) loadCourse().then(setCourse, () => undefined);
  }, [course]);
  return course;
}
